package org.opendoors;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Karibu's own discovery skips package-private classes, and our views are package-private (one feature's
 * views are nobody else's business), so the routes are found with Spring's scanner instead.
 */
public final class TestRoutes {

    public static final Set<Class<? extends Component>> VIEWS = scan();
    public static final Routes ROUTES = routes();

    private TestRoutes() {
    }

    private static Routes routes() {
        Routes routes = new Routes().autoDiscoverViews("org.opendoors"); // public routes, layouts and error views
        routes.getRoutes().addAll(VIEWS);
        return routes;
    }

    @SuppressWarnings("unchecked")
    private static Set<Class<? extends Component>> scan() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("org.opendoors").stream()
                .map(bean -> (Class<? extends Component>) ClassUtils.resolveClassName(bean.getBeanClassName(), null))
                .collect(Collectors.toUnmodifiableSet());
    }
}
