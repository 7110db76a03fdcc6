package dev.flowsmith.archfixture.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Allowed: JDK types and JSpecify annotations. */
public record PlainModel(String id, @Nullable String name, List<String> tags, int x) {}
