package org.consortium.hub.governance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Governance settings (prefix {@code hub.governance}). */
@ConfigMapping(prefix = "hub.governance")
public interface GovernanceConfig {

    /** The body in which an application automatically opens an admission motion. */
    @WithDefault("governance-committee")
    String admissionBody();

    /** The body in which a dataset proposal automatically opens its approval motion. */
    @WithDefault("governance-committee")
    String datasetBody();

    /** The body an admitted member gets a seat in. */
    @WithDefault("general-assembly")
    String assemblyBody();

    /** How long a motion stays open when its opener names no closing time. */
    @WithDefault("P14D")
    Duration votingWindow();

    /** How often expired motions are closed (read by {@link MotionDeadlines}' schedule). */
    @WithDefault("60s")
    Duration deadlineCheck();
}
