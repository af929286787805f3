package dev.tiketi.desktop.admin.users;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.api.ApiException;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.auth.CreateUserRequest;
import dev.tiketi.model.auth.Role;
import dev.tiketi.model.auth.UpdateUserRequest;
import dev.tiketi.model.auth.UserView;
import dev.tiketi.model.error.FieldError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The users section without a toolkit: rules before sending, what is sent, the server's field errors by field. */
class UsersViewModelTest {
    private final FakeUsers api = new FakeUsers();
    private final UsersViewModel vm = new UsersViewModel(api, new Messages(Locale.ENGLISH), Threads.direct());

    @ParameterizedTest
    @CsvSource({
            "kim.clerk, true",  // letters, a dot
            "ab, false",        // too short
            "'김매표', false",   // Hangul is not allowed in user names (the server's pattern)
            "'with space', false",
            "counter_7-b, true"})
    void userNamesFollowTheServersPattern(String name, boolean ok) {
        vm.usernameProperty().set(name);
        assertThat(vm.usernameProblem() == null).isEqualTo(ok);
    }

    @ParameterizedTest
    @CsvSource({
            "short, false",                       // under 10
            "long-enough-1, true",
            "'비밀번호는열글자이상', true",          // 10 Hangul letters: 30 bytes
            "'가가가가가가가가가가가가가가가가가가가가가가가가가', false"}) // 25 Hangul letters: 75 bytes, over the hash's 72
    void passwordsAreCheckedInCharactersAndBytes(String password, boolean ok) {
        assertThat(UsersViewModel.passwordProblem(password) == null).isEqualTo(ok);
    }

    @Test
    void anInvalidFormSendsNothing() {
        vm.usernameProperty().set("x");
        vm.create();
        assertThat(api.created).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Some fields need fixing; they are marked.");
    }

    @Test
    void creatingSendsTheAccountThenListsItAndEmptiesTheForm() {
        List<String> notices = new ArrayList<>();
        vm.onNotice(notices::add);
        vm.usernameProperty().set(" box-2 ");
        vm.displayNameProperty().set("매표소 2번");
        vm.passwordProperty().set("long-enough-1");
        vm.roleProperty().set(Role.KIOSK);

        vm.create();

        assertThat(api.created).containsExactly(new CreateUserRequest("box-2", "long-enough-1", "매표소 2번", Role.KIOSK));
        assertThat(vm.users()).extracting(UserView::username).containsExactly("box-2");
        assertThat(vm.usernameProperty().get()).isEmpty();
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(notices).containsExactly("box-2 created (kiosk).");
    }

    @Test
    void theServersFieldErrorsLandByField() {
        api.refuse = new ApiException(422, "VALIDATION_FAILED", "Some fields are not valid.",
                List.of(new FieldError("username", "must match pattern")));
        vm.usernameProperty().set("box-2");
        vm.displayNameProperty().set("매표소");
        vm.passwordProperty().set("long-enough-1");

        vm.create();

        assertThat(vm.errors().server("username")).isEqualTo("must match pattern");
        assertThat(vm.messageProperty().get()).isEqualTo("Some values are not valid.");
        vm.errors().forget("username");
        assertThat(vm.errors().server()).isEmpty();
    }

    @Test
    void disablingYourselfIsExplainedInItsOwnWords() {
        UserView me = new UserView(1, "admin", "관리자", Role.ADMIN, true, Instant.EPOCH);
        api.refuse = new ApiException(409, "OWN_ACCOUNT_PROTECTED", "You cannot disable or demote your own admin account.");

        vm.setEnabled(me, false);

        assertThat(api.updates).containsExactly(new UpdateUserRequest(null, null, false, null));
        assertThat(vm.messageProperty().get())
                .isEqualTo("You cannot disable or demote your own account. Ask another administrator.");
    }

    @Test
    void aPasswordResetSendsOnlyThePassword() {
        api.users.add(new UserView(7, "kim", "김매표", Role.CLERK, true, Instant.EPOCH));
        vm.resetPassword(api.users.get(0), "new-password-7");
        assertThat(api.updates).containsExactly(new UpdateUserRequest(null, null, null, "new-password-7"));
        assertThat(vm.messageProperty().get()).isEqualTo("Password of kim changed.");
    }

    private static final class FakeUsers implements UserAdminApi {
        final List<UserView> users = new ArrayList<>();
        final List<CreateUserRequest> created = new ArrayList<>();
        final List<UpdateUserRequest> updates = new ArrayList<>();
        RuntimeException refuse;

        @Override
        public List<UserView> users() {
            return List.copyOf(users);
        }

        @Override
        public UserView create(CreateUserRequest request) {
            if (refuse != null) {
                throw refuse;
            }
            created.add(request);
            UserView u = new UserView(users.size() + 1, request.username(), request.displayName(), request.role(), true, Instant.EPOCH);
            users.add(u);
            return u;
        }

        @Override
        public UserView update(long id, UpdateUserRequest request) {
            updates.add(request);
            if (refuse != null) {
                throw refuse;
            }
            UserView u = users.stream().filter(x -> x.id() == id).findFirst().orElseThrow();
            return u;
        }
    }
}
