package dev.tiketi.server.kills;

import dev.tiketi.model.admin.SeatKillView;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SeatKillRepository extends JpaRepository<SeatKill, SeatKill.Key> {

    List<SeatKill> findByEventIdAndSeatIdIn(long eventId, Collection<Long> seatIds);

    /** The event's kills with seat labels and who made them, by label. */
    @Query("""
            select new dev.tiketi.model.admin.SeatKillView(k.seatId, s.label, k.reason, k.note, k.killedAt, u.username)
            from SeatKill k join SeatEntity s on s.id = k.seatId left join UserEntity u on u.id = k.killedBy
            where k.eventId = ?1 order by s.label""")
    List<SeatKillView> views(long eventId);
}
