package org.opendoors.offer;

import java.util.List;
import org.opendoors.base.FieldValidationException;
import org.opendoors.security.AppRoles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue of offer types, kept by ADMIN. A retired type stays on the offers that have it. */
@Service
public class OfferTypeService {

    private final OfferTypeRepository types;

    OfferTypeService(OfferTypeRepository types) {
        this.types = types;
    }

    @Transactional(readOnly = true)
    public List<OfferType> active() {
        return types.findByActiveTrueOrderBySortOrder();
    }

    @Transactional(readOnly = true)
    public List<OfferType> all() {
        return types.findAllByOrderBySortOrder();
    }

    @Transactional(readOnly = true)
    public OfferType get(long id) {
        return types.findById(id).orElseThrow();
    }

    @Transactional
    @Secured(AppRoles.ROLE_ADMIN)
    public OfferType add(String name, OfferCategory category) {
        if (name == null || name.isBlank()) {
            throw new FieldValidationException("name", "Enter the name of the offer type");
        }
        if (types.existsByName(name.trim())) {
            throw new FieldValidationException("name", "There is already an offer type called " + name.trim());
        }
        int next = types.findAllByOrderBySortOrder().stream().mapToInt(OfferType::getSortOrder).max().orElse(0) + 10;
        return types.save(new OfferType(name.trim(), category == null ? OfferCategory.LIGHT_TOUCH : category, next));
    }

    @Transactional
    @Secured(AppRoles.ROLE_ADMIN)
    public void setActive(long id, boolean active) {
        types.findById(id).orElseThrow().setActive(active);
    }
}
