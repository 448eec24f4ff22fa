package org.opendoors.organisation;

import java.util.List;
import org.opendoors.base.FieldValidationException;
import org.opendoors.security.AppRoles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council's list of areas, kept by ADMIN. A retired area stays on the organisations that have it. */
@Service
public class AreaService {

    private final AreaRepository areas;

    AreaService(AreaRepository areas) {
        this.areas = areas;
    }

    @Transactional(readOnly = true)
    public List<Area> all() {
        return areas.findAllByOrderByName();
    }

    @Transactional
    @Secured(AppRoles.ROLE_ADMIN)
    public Area add(String name) {
        if (name == null || name.isBlank()) {
            throw new FieldValidationException("name", "Enter the name of the area");
        }
        if (areas.findByName(name.trim()).isPresent()) {
            throw new FieldValidationException("name", "There is already an area called " + name.trim());
        }
        return areas.save(new Area(name.trim()));
    }

    @Transactional
    @Secured(AppRoles.ROLE_ADMIN)
    public void setActive(long id, boolean active) {
        areas.findById(id).orElseThrow().setActive(active);
    }
}
