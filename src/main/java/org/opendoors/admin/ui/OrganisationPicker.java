package org.opendoors.admin.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.opendoors.organisation.Organisation;
import org.opendoors.organisation.OrganisationService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Chooses an organisation by typing the start of its name; loads matches a page at a time. */
class OrganisationPicker extends ComboBox<Organisation> {

    OrganisationPicker(OrganisationService organisations) {
        super("Organisation");
        setItemLabelGenerator(Organisation::getName);
        setItems(query -> organisations.findByNamePrefix(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("name"))).stream());
        setHelperText("Employer users see only this organisation's data");
        setWidthFull();
    }
}
