package se.vinr.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.vinr.app.VinrProperties;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.ProjectFiles;

/**
 * Finds a municipality's action plan: the file in {@code vinr.plan} when set, else the plan in
 * {@code seeds/plans/} whose {@code municipality} is the municipality's code.
 */
@Component
public class PlanLocator {

    private final VinrProperties properties;

    public PlanLocator(VinrProperties properties) {
        this.properties = properties;
    }

    /** The indicator ids a plan may name as computed: the file names of {@code sql/indicators/}. */
    public Set<String> catalogue() {
        return ProjectFiles.of(properties.sqlDir(), "sql").list("indicators", ".sql").stream()
                .map(name -> name.substring(name.lastIndexOf('/') + 1, name.length() - ".sql".length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    public ActionPlanLoader loader() {
        return new ActionPlanLoader(catalogue());
    }

    public Optional<ActionPlan> forMunicipality(MunicipalityCode municipality) {
        ActionPlanLoader loader = loader();
        Path configured = properties.plan();
        if (configured != null && !configured.toString().isBlank()) {
            ActionPlan plan = loader.load(configured);
            return plan.municipality().equals(municipality) ? Optional.of(plan) : Optional.empty();
        }
        ProjectFiles seeds = ProjectFiles.of(properties.seedsDir(), "seeds");
        for (String file : seeds.list("plans", ".yaml")) {
            try (InputStream in = seeds.open(file)) {
                ActionPlan plan = loader.load(in, file);
                if (plan.municipality().equals(municipality)) {
                    return Optional.of(plan);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return Optional.empty();
    }
}
