package org.gcmkg.validate;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/**
 * The fidelity the README promises against a golden reading: precision ≥ 0.95 and recall ≥ 0.90 for each
 * relation, recall ≥ 0.95 for programs found and for dated figures carrying their period.
 */
final class FidelityTargets {
    private static final Map<String, double[]> TARGETS = Map.of(
            "programs found", new double[] {0, 0.95},
            "program → agency", new double[] {0.95, 0.90},
            "program → partner", new double[] {0.95, 0.90},
            "figure → program/action", new double[] {0.95, 0.90},
            "dated figures with period", new double[] {0, 0.95});

    private FidelityTargets() {}

    static void assertMet(List<Fidelity.Score> scores) {
        assertEquals(
                TARGETS.keySet().size(),
                scores.stream().filter(s -> TARGETS.containsKey(s.name())).count());
        assertAll(scores.stream().filter(s -> TARGETS.containsKey(s.name())).map(s -> (Executable) () -> {
            double[] target = TARGETS.get(s.name());
            assertTrue(
                    s.precision() >= target[0] && s.recall() >= target[1],
                    s + " misses " + target[0] + " / " + target[1]);
        }));
    }
}
