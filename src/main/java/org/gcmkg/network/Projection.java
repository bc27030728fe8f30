package org.gcmkg.network;

import java.util.Locale;

/** The views of the program network an export or the measures can be made of. */
public enum Projection {
    /** Organizations, programs, objectives and places; edges are the graph's relations between them. */
    FULL("full", "Full network", "Red completa"),
    /** Organizations only, two linked when they share a program, weighted by how many they share. */
    COLLABORATION("collaboration", "Organization collaboration", "Colaboración entre organizaciones"),
    /** Programs and the objectives they address. */
    PROGRAM_OBJECTIVE("program-objective", "Programs and objectives", "Programas y objetivos");

    private final String key;
    private final String labelEn;
    private final String labelEs;

    Projection(String key, String labelEn, String labelEs) {
        this.key = key;
        this.labelEn = labelEn;
        this.labelEs = labelEs;
    }

    /** The name used on the command line, in URLs and in IRIs. */
    public String key() {
        return key;
    }

    public String labelEn() {
        return labelEn;
    }

    public String labelEs() {
        return labelEs;
    }

    /** The projection of a name, in any case. */
    public static Projection of(String key) {
        for (Projection p : values()) {
            if (p.key.equals(key.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new IllegalArgumentException(
                "no projection '" + key + "'; one of full, collaboration, program-objective");
    }
}
