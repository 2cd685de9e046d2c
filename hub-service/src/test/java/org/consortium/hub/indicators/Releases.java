package org.consortium.hub.indicators;

import io.quarkus.arc.Arc;

/** Tests build a release after loading their figures, as the hub does when data change. */
public final class Releases {

    private Releases() {
    }

    /** Builds a new release from the data as they are now; returns its id. */
    public static long build() {
        return Arc.container().instance(ReleaseService.class).get().build().id();
    }
}
