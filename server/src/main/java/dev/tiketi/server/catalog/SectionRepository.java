package dev.tiketi.server.catalog;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SectionRepository extends JpaRepository<SectionEntity, Long> {

    /** Removes a venue's sections; the database removes their seats with them (on delete cascade). */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from SectionEntity s where s.venueId = ?1")
    int deleteByVenue(long venueId);
}
