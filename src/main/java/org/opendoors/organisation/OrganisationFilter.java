package org.opendoors.organisation;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** The organisation list's filters; empty fields do not filter. */
public record OrganisationFilter(String name, OrganisationStatus status, String sector, String area, Long ownerUserId,
                                 boolean possibleDuplicatesOnly) {

    public static OrganisationFilter none() {
        return new OrganisationFilter(null, null, null, null, null, false);
    }

    Specification<Organisation> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.isNull(root.get("mergedInto")));
            if (name != null && !name.isBlank()) {
                where.add(cb.like(root.get("name"), "%" + name.trim().replace("%", "\\%") + "%"));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (sector != null && !sector.isBlank()) {
                where.add(cb.equal(root.get("sector"), sector));
            }
            if (area != null && !area.isBlank()) {
                where.add(cb.equal(root.get("area"), area));
            }
            if (ownerUserId != null) {
                where.add(cb.equal(root.get("ownerUserId"), ownerUserId));
            }
            if (possibleDuplicatesOnly) {
                where.add(cb.isNotNull(root.get("possibleDuplicateOf")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
