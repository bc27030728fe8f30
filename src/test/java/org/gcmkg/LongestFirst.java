package org.gcmkg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order of the integration-test classes that failsafe runs side by side (pom.xml): the longest first, so that
 * no long class starts last and runs alone at the end while the other thread has nothing left to do.
 *
 * <p>JUnit forks the classes in this order and joins them in reverse: the thread that forked them runs them from
 * the end of the list backwards, the other takes them from its start. So the longest go to both ends, alternately,
 * and the short ones meet in the middle. Only the order changes, never what runs; a class not named here is
 * counted as short.
 */
public final class LongestFirst implements ClassOrderer {
    /**
     * Seconds each class took in full runs on two cores (failsafe-reports, 2026-12-04, with Chromium's headless
     * shell), rounded; a scheduling hint only.
     */
    static final Map<String, Integer> SECONDS = Map.ofEntries(
            Map.entry("LanguagesBrowserIT", 31),
            Map.entry("NetworkPagesBrowserIT", 27),
            Map.entry("PackagedJarIT", 20),
            Map.entry("ExplorerViewBrowserIT", 17),
            Map.entry("ExplorerBrowserIT", 15),
            Map.entry("WorkbenchBrowserIT", 15),
            Map.entry("ClientsIT", 13),
            Map.entry("FaultsIT", 13),
            Map.entry("GraphStoreIT", 11),
            Map.entry("HostileQueriesIT", 11),
            Map.entry("BadReportsIT", 10),
            Map.entry("ReadmeIT", 9),
            Map.entry("WorkbenchLanguagesBrowserIT", 9),
            Map.entry("PagesBrowserIT", 8),
            Map.entry("DeploymentIT", 6),
            Map.entry("RebuiltStoreIT", 5),
            Map.entry("QueryCommandIT", 4),
            Map.entry("WorkbenchChartsBrowserIT", 4),
            Map.entry("EndpointCasesIT", 3),
            Map.entry("SearchBrowserIT", 3),
            Map.entry("LiteralFormsIT", 2),
            Map.entry("QueryLibraryIT", 2),
            Map.entry("NetworkMeasuresIT", 1),
            Map.entry("PagesHttpIT", 1),
            Map.entry("W3cProtocolIT", 1));

    @Override
    public void orderClasses(ClassOrdererContext context) {
        List<ClassDescriptor> longestFirst = new ArrayList<>(context.getClassDescriptors());
        longestFirst.sort(Comparator.comparingInt((ClassDescriptor c) ->
                        -SECONDS.getOrDefault(c.getTestClass().getSimpleName(), 0))
                .thenComparing(c -> c.getTestClass().getName()));
        int n = longestFirst.size();
        ClassDescriptor[] placed = new ClassDescriptor[n];
        for (int i = 0; i < n; i++) {
            // 0, n-1, 1, n-2, …: the first, third, … longest at the start, the second, fourth, … at the end
            placed[i % 2 == 0 ? i / 2 : n - 1 - i / 2] = longestFirst.get(i);
        }
        List<? extends ClassDescriptor> descriptors = context.getClassDescriptors();
        descriptors.sort(Comparator.comparingInt(c -> indexOf(placed, c)));
    }

    private static int indexOf(ClassDescriptor[] placed, ClassDescriptor c) {
        for (int i = 0; i < placed.length; i++) {
            if (placed[i] == c) {
                return i;
            }
        }
        throw new IllegalStateException(c.getDisplayName());
    }
}
