package dev.tiketi.server.auth;

import dev.tiketi.model.auth.Role;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Accounts as the admin side changes them (decision 0013); the per-request look-up is {@link Accounts}. */
interface UserRepository extends JpaRepository<UserEntity, Long> {

    @Query("select u from UserEntity u where lower(u.username) = lower(?1)")
    Optional<UserEntity> findByUsernameIgnoreCase(String username);

    /** The enabled admins, their rows locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserEntity u where u.role = ?1 and u.enabled = true")
    List<UserEntity> lockEnabled(Role role);
}
