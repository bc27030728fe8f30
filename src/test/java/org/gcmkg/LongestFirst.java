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
     * Seconds each class took in full runs on two cores (failsafe-reports, 2026-12-04, two runs averaged),
     * rounded; a scheduling hint only.
     */
    static final Map<String, Integer> SECONDS = Map.ofEntries(
            Map.entry("LanguagesBrowserIT", 46),
            Map.entry("NetworkPagesBrowserIT", 37),
            Map.entry("PackagedJarIT", 29),
            Map.entry("WorkbenchBrowserIT", 23),
            Map.entry("ExplorerBrowserIT", 23),
            Map.entry("GraphStoreIT", 20),
            Map.entry("ExplorerViewBrowserIT", 18),
            Map.entry("FaultsIT", 15),
            Map.entry("BadReportsIT", 14),
            Map.entry("PagesBrowserIT", 14),
            Map.entry("WorkbenchLanguagesBrowserIT", 12),
            Map.entry("ClientsIT", 11),
            Map.entry("HostileQueriesIT", 11),
            Map.entry("ReadmeIT", 10),
            Map.entry("DeploymentIT", 8),
            Map.entry("RebuiltStoreIT", 8),
            Map.entry("SearchBrowserIT", 7),
            Map.entry("WorkbenchChartsBrowserIT", 6),
            Map.entry("EndpointCasesIT", 4),
            Map.entry("QueryCommandIT", 4),
            Map.entry("QueryLibraryIT", 2),
            Map.entry("LiteralFormsIT", 2),
            Map.entry("PagesHttpIT", 1),
            Map.entry("NetworkMeasuresIT", 1),
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
