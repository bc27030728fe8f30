package org.gcmkg.network;

import java.math.BigDecimal;

/**
 * The network measures of one node in one projection. Decimal measures are rounded to six decimals, so
 * that they print the same on every machine.
 *
 * @param degree         number of neighbours
 * @param weightedDegree sum of its edges' weights
 * @param betweenness    normalized betweenness centrality, in hops
 * @param closeness      closeness centrality within its connected component, in hops
 * @param component      its connected component, numbered from 1, largest first
 * @param community      its label-propagation community, numbered from 1, largest first
 */
public record NodeMeasures(
        int degree,
        BigDecimal weightedDegree,
        BigDecimal betweenness,
        BigDecimal closeness,
        int component,
        int community) {}
