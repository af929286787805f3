package dev.tiketi.server.catalog;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Venues as the admin side changes them (decision 0013). */
interface VenueRepository extends JpaRepository<VenueEntity, Long> {

    /** The venue row locked until the transaction ends, so a layout change and an event change cannot interleave. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from VenueEntity v where v.id = ?1")
    Optional<VenueEntity> lock(long id);

    /** A page of venues with their seat counts, in one query. */
    @Query("""
            select new dev.tiketi.server.catalog.VenueListRow(v.id, v.name, v.address, v.timeZone,
                (select count(s) from SeatEntity s where s.venueId = v.id))
            from VenueEntity v order by v.id""")
    List<VenueListRow> listed(Pageable page);
}
