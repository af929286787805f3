package dev.tiketi.server.kills;

import dev.tiketi.model.admin.KillReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A seat off sale for one event (table seat_kill); Redis has the same set for the hold scripts. */
@Entity
@IdClass(SeatKill.Key.class)
@Table(name = "seat_kill")
class SeatKill {
    @Id
    @Column(name = "event_id")
    private long eventId;
    @Id
    @Column(name = "seat_id")
    private long seatId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KillReason reason;
    private String note;
    @Column(name = "killed_at", nullable = false, columnDefinition = "timestamptz")
    private Instant killedAt;
    @Column(name = "killed_by")
    private Long killedBy;

    protected SeatKill() {
    }

    SeatKill(long eventId, long seatId, KillReason reason, String note, Instant killedAt, Long killedBy) {
        this.eventId = eventId;
        this.seatId = seatId;
        this.reason = reason;
        this.note = note;
        this.killedAt = killedAt;
        this.killedBy = killedBy;
    }

    long seatId() {
        return seatId;
    }

    /** The primary key (event, seat). */
    static final class Key implements Serializable {
        private long eventId;
        private long seatId;

        Key() {
        }

        Key(long eventId, long seatId) {
            this.eventId = eventId;
            this.seatId = seatId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.eventId == eventId && k.seatId == seatId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(eventId) * 31 + Long.hashCode(seatId);
        }
    }
}
