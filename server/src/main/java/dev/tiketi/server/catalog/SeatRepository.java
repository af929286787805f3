package dev.tiketi.server.catalog;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reads of a venue's seats for the admin side. */
public interface SeatRepository extends JpaRepository<SeatEntity, Long> {

    long countByVenueId(long venueId);

    /** Distinct tier codes the venue's seats use; an event on the venue must price each of them. */
    @Query("select distinct s.tierCode from SeatEntity s where s.venueId = ?1 order by s.tierCode")
    List<String> tierCodes(long venueId);

    List<SeatEntity> findByVenueIdAndIdIn(long venueId, Collection<Long> ids);
}
