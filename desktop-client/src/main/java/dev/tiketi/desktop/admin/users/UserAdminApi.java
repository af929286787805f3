package dev.tiketi.desktop.admin.users;

import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.auth.CreateUserRequest;
import dev.tiketi.model.auth.UpdateUserRequest;
import dev.tiketi.model.auth.UserView;
import dev.tiketi.model.common.PageResponse;
import java.util.List;
import tools.jackson.core.type.TypeReference;

/** What the users section asks of the server; a unit test hands in its own. */
public interface UserAdminApi {
    List<UserView> users();

    UserView create(CreateUserRequest request);

    UserView update(long id, UpdateUserRequest request);

    static UserAdminApi over(ApiClient api) {
        return new UserAdminApi() {
            @Override
            public List<UserView> users() {
                return api.send("GET", ApiPaths.ADMIN_USERS + "?size=" + PageResponse.MAX_SIZE, null,
                        new TypeReference<PageResponse<UserView>>() { }).items();
            }

            @Override
            public UserView create(CreateUserRequest request) {
                return api.send("POST", ApiPaths.ADMIN_USERS, request, UserView.class);
            }

            @Override
            public UserView update(long id, UpdateUserRequest request) {
                return api.send("PATCH", ApiPaths.ADMIN_USERS + "/" + id, request, UserView.class);
            }
        };
    }
}
