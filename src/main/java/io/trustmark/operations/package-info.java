/**
 * Operations: health checks and metrics for whoever runs the forum. It sits on top: it may read any feature, and no
 * feature depends on it (features fire CDI events that it counts).
 */
package io.trustmark.operations;
