package org.opendoors;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import jakarta.persistence.Entity;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * A module reads another module's data through that module's services, never by naming its entities in JPQL. Every
 * string constant of every class that reads like a query (the text of {@code @Query} annotations and of
 * {@code createQuery} calls alike) is checked for entity names owned by another module. The open {@code base} module is
 * shared by all and is not checked against.
 */
class QuerySeamTests {

    private static final Pattern QUERY = Pattern.compile("(?is)(\\b(select|update|delete)\\b.*|^\\s*)\\bfrom\\s");
    private static final Pattern NAME = Pattern.compile("\\b(?:[a-z]\\w*\\.)*([A-Z]\\w*)\\b");

    @Test
    void no_query_names_another_modules_entity() throws IOException {
        ApplicationModules modules = ApplicationModules.of(OpenDoorsApplication.class);
        Map<String, ApplicationModule> owners = entityOwners(modules);
        Set<String> crossings = new TreeSet<>();
        for (ApplicationModule module : modules.stream().toList()) {
            for (JavaClass type : module.getBasePackage()) {
                for (String query : queriesIn(type)) {
                    Matcher names = NAME.matcher(query);
                    while (names.find()) {
                        ApplicationModule owner = owners.get(names.group(1));
                        if (owner != null && !owner.equals(module)) {
                            crossings.add(type.getName() + " names " + names.group(1) + " of " + owner.getDisplayName());
                        }
                    }
                }
            }
        }
        assertThat(crossings).isEmpty();
    }

    @Test
    void the_check_sees_a_query_across_modules() throws IOException {
        ApplicationModules modules = ApplicationModules.of(OpenDoorsApplication.class);
        assertThat(entityOwners(modules)).containsKeys("Organisation", "Offer", "Pledge", "Placement");
        assertThat(QUERY.matcher("select p from Pledge p, Organisation o where o.id = p.organisationId").find()).isTrue();
        assertThat(QUERY.matcher("Choose two different organisations").find()).isFalse();
    }

    private static Map<String, ApplicationModule> entityOwners(ApplicationModules modules) {
        Map<String, ApplicationModule> owners = new HashMap<>();
        modules.stream().filter(module -> !module.isOpen()).forEach(module -> module.getBasePackage().stream()
                .filter(type -> type.isAnnotatedWith(Entity.class))
                .forEach(type -> {
                    String name = type.getAnnotationOfType(Entity.class).name();
                    owners.put(name.isEmpty() ? type.getSimpleName() : name, module);
                }));
        return owners;
    }

    /** The class file's string constants that read like JPQL; annotation values are among them. */
    private static List<String> queriesIn(JavaClass type) throws IOException {
        List<String> queries = new ArrayList<>();
        try (InputStream in = type.getSource().orElseThrow().getUri().toURL().openStream()) {
            for (String text : utf8Constants(new DataInputStream(in))) {
                if (QUERY.matcher(text).find()) {
                    queries.add(text);
                }
            }
        }
        return queries;
    }

    /** Reads a class file's constant pool (JVMS 4.4) and keeps its UTF-8 entries. */
    private static List<String> utf8Constants(DataInputStream in) throws IOException {
        in.skipNBytes(8); // magic and version
        int count = in.readUnsignedShort();
        List<String> texts = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> texts.add(in.readUTF());
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++; // takes two entries
                }
                default -> throw new IOException("Unknown constant pool tag " + tag);
            }
        }
        return texts;
    }
}
