/**
 * Outgoing HTTP for the request operation, with axios' observable behaviour (engine.md §6.11):
 * Directus' IP deny list, redirects, decompression, JSON response parsing and error shapes.
 */
@NullMarked
package dev.flowsmith.engine.http;

import org.jspecify.annotations.NullMarked;
