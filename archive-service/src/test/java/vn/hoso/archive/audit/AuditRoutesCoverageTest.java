package vn.hoso.archive.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.hoso.archive.TestUsers;

/**
 * Every {@code /api} endpoint the application maps has an audit action, so a new endpoint cannot slip past the
 * trail: add its row to {@link AuditRoutes} when this test names it.
 */
@SpringBootTest
class AuditRoutesCoverageTest {

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        registry.add("hoso.data-dir", () -> folder.resolve("data").toString());
        registry.add("hoso.security.users-file", () -> TestUsers.file(folder).toString());
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointHasAnAuditAction() {
        List<String> endpoints = new ArrayList<>();
        List<String> unmapped = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.values()) : methods) {
                    endpoints.add(method + " " + pattern);
                    if (AuditRoutes.forHandler(method.name(), pattern).isEmpty()) {
                        unmapped.add(method + " " + pattern);
                    }
                }
            }
        }

        assertThat(endpoints).contains("GET /api/dossiers/{code}/pages/{seq}/original", "GET /api/audit/verify");
        assertThat(unmapped).as("endpoints without a row in AuditRoutes").isEmpty();
    }

    @Test
    void routeRowsWithoutAnEndpointAreOnlyWholeAreas() {
        Set<String> mapped = new java.util.HashSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> mapped.addAll(info.getPatternValues()));

        assertThat(AuditRoutes.ROUTES)
                .filteredOn(route -> !route.pattern().endsWith("/**"))
                .allSatisfy(route -> assertThat(mapped).as("row %s", route).contains(route.pattern()));
    }
}
