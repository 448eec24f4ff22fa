package org.opendoors.base.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.function.BiFunction;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Chooses one of many records (organisations, say) by typing the start of its name: matches load a page at a
 * time, sorted by name, so a list of 100,000 never reaches the browser whole.
 */
public class NamePicker<T> extends ComboBox<T> {

    public NamePicker(String label, BiFunction<String, Pageable, Page<T>> byNamePrefix, ItemLabelGenerator<T> name) {
        super(label);
        setItemLabelGenerator(name);
        setItems(query -> byNamePrefix.apply(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("name"))).stream());
        setWidthFull();
    }
}
