package org.consortium.hub.policies.disclosure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** The result of disclosure control: one outcome per cell, margins included, in table order. */
public final class ProtectedTable {

    private final Map<CellKey, CellOutcome> outcomes;

    ProtectedTable(Map<CellKey, CellOutcome> outcomes) {
        this.outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
    }

    /** All outcomes: inner cells row by row, then margins, grand total last. */
    public List<CellOutcome> cells() {
        return List.copyOf(outcomes.values());
    }

    /** The outcome of one cell. */
    public CellOutcome get(CellKey key) {
        CellOutcome o = outcomes.get(key);
        if (o == null) {
            throw new NoSuchElementException("no cell " + key);
        }
        return o;
    }

    /** Shortcut for the status of one cell. */
    public StatusCode status(CellKey key) {
        return get(key).status();
    }

    /** Number of cells with the given status. */
    public long count(StatusCode status) {
        return outcomes.values().stream().filter(o -> o.status() == status).count();
    }

    public boolean isEmpty() {
        return outcomes.isEmpty();
    }
}
