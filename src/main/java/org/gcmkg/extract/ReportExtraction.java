package org.gcmkg.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import org.gcmkg.segment.SegmentedReport;

/**
 * Everything read from one report.
 *
 * @param report         the segmented report
 * @param country        the reporting state (a country place)
 * @param publisher      its national government, if the gazetteer has it
 * @param creators       the units named as compiling the report
 * @param passages       facts per passage, in report order
 * @param entities       every entity named, by id
 * @param evidence       for each entity id, the sentences naming it; for an entity named only through its
 *                       parts (an office, a city), the sentences naming those; else the title (section -1)
 * @param addresses      for each program id, the objectives whose actions name it
 * @param relations      relations between organizations, programs and places
 * @param unresolved     names captured from the text that the gazetteer does not know
 */
public record ReportExtraction(
        SegmentedReport report,
        Entity country,
        Optional<Entity> publisher,
        List<Entity> creators,
        List<PassageFacts> passages,
        SortedMap<String, Entity> entities,
        Map<String, SortedSet<SpanRef>> evidence,
        Map<String, SortedSet<Integer>> addresses,
        List<Relation> relations,
        List<Entity> unresolved) {}
