package org.gcmkg.validate;

/**
 * One SHACL result.
 *
 * @param focus    the resource that fails
 * @param path     the property path, or empty
 * @param message  what is wrong
 * @param severity Violation, Warning or Info
 */
public record Violation(String focus, String path, String message, String severity) {
    @Override
    public String toString() {
        return severity + ": " + focus + (path.isEmpty() ? "" : " " + path) + ": " + message;
    }
}
