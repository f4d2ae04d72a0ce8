package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/**
 * The key plans, policies and procedures to check in deep dives, with the heading and introduction
 * the source gives the list ({@code heading} is empty and {@code introduction} has no paragraphs
 * when the template has none).
 */
public record KeyPolicies(String heading, List<String> introduction, List<KeyPolicy> policies) {

    public KeyPolicies {
        Objects.requireNonNull(heading, "heading");
        introduction = List.copyOf(introduction);
        policies = List.copyOf(policies);
    }
}
