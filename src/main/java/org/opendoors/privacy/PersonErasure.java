package org.opendoors.privacy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.opendoors.base.AbstractEntity;

/** That a person was erased: who did it, when, and how many records of each kind changed. Nothing of the person. */
@Entity
@Table(name = "person_erasure")
public class PersonErasure extends AbstractEntity {

    @Embeddable
    public record KindErased(@Column(name = "kind", nullable = false, length = 100) String kind,
                             @Column(name = "records", nullable = false) int records,
                             @Column(name = "history_rows", nullable = false) int historyRows) {
    }

    @Column(name = "erased_at", nullable = false)
    private Instant erasedAt;

    @Column(name = "erased_by_user_id", nullable = false)
    private long erasedByUserId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_erasure_kind", joinColumns = @JoinColumn(name = "person_erasure_id"))
    @OrderBy("kind")
    private List<KindErased> kinds = new ArrayList<>();

    protected PersonErasure() {
    }

    PersonErasure(Instant erasedAt, long erasedByUserId, List<KindErased> kinds) {
        this.erasedAt = erasedAt;
        this.erasedByUserId = erasedByUserId;
        this.kinds = new ArrayList<>(kinds);
    }

    /** What the administrator quotes, e.g. ERA-000042. */
    public String getReference() {
        return String.format("ERA-%06d", getId());
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public long getErasedByUserId() {
        return erasedByUserId;
    }

    public List<KindErased> getKinds() {
        return List.copyOf(kinds);
    }
}
