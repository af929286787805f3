package dev.tiketi.server.catalog;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Events and their tiers as the admin side changes them (decision 0013); reads with a status go through {@link EventQueries}. */
interface EventRepository extends JpaRepository<EventEntity, Long> {

    /** The event row locked for a state change or an update. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from EventEntity e where e.id = ?1")
    Optional<EventEntity> lock(long id);

    boolean existsByVenueId(Long venueId);
}
