package org.opendoors.pledge;

import java.util.List;
import org.opendoors.base.FieldValidationException;
import org.opendoors.security.AppRoles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue of commitments an employer can pledge. ADMIN keeps it; retired ones stay on old pledges. */
@Service
public class CommitmentService {

    private final CommitmentRepository commitments;

    CommitmentService(CommitmentRepository commitments) {
        this.commitments = commitments;
    }

    @Transactional(readOnly = true)
    public List<Commitment> active() {
        return commitments.findByActiveTrueOrderBySortOrder();
    }

    /** One commitment, retired or not, e.g. the one an existing offer fulfils. */
    @Transactional(readOnly = true)
    public java.util.Optional<Commitment> find(long id) {
        return commitments.findById(id);
    }

    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_ADMIN)
    public List<Commitment> all() {
        return commitments.findAllByOrderBySortOrder();
    }

    @Transactional
    @Secured(AppRoles.ROLE_ADMIN)
    public Commitment add(String title, String description, String quantityUnit) {
        int next = commitments.findAllByOrderBySortOrder().stream().mapToInt(Commitment::getSortOrder).max().orElse(0) + 10;
        return commitments.save(new Commitment(required(title), blankToNull(description), blankToNull(quantityUnit), next));
    }

    @Transactional
    @Secured(AppRoles.ROLE_ADMIN)
    public void update(long id, String title, String description, String quantityUnit, boolean active) {
        commitments.findById(id).orElseThrow().update(required(title), blankToNull(description), blankToNull(quantityUnit), active);
    }

    private static String required(String title) {
        if (title == null || title.isBlank()) {
            throw new FieldValidationException("title", "Enter the commitment");
        }
        return title.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
