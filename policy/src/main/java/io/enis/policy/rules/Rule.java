package io.enis.policy.rules;

import io.enis.policy.model.TerraformModel;
import io.enis.policy.model.TerraformResource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One policy rule: its description and its check over a Terraform document. */
public interface Rule {
    RuleInfo info();

    /** The violations in {@code model}; values Terraform decides later (interpolations) never violate. */
    List<Violation> check(TerraformModel model);

    /** A rule from its description and a check. */
    static Rule of(RuleInfo info, Function<TerraformModel, List<Violation>> check) {
        return new Rule() {
            @Override
            public RuleInfo info() {
                return info;
            }

            @Override
            public List<Violation> check(TerraformModel model) {
                return check.apply(model);
            }
        };
    }

    /**
     * A check applied to each resource of {@code type}: {@code problem} returns what is wrong, or
     * {@code null} when the resource passes; it gets the model to follow references.
     */
    static Function<TerraformModel, List<Violation>> each(
            String type, java.util.function.BiFunction<TerraformModel, TerraformResource, String> problem) {
        return model -> {
            List<Violation> violations = new ArrayList<>();
            for (TerraformResource resource : model.resources(type)) {
                String message = problem.apply(model, resource);
                if (message != null) {
                    violations.add(new Violation(resource, message));
                }
            }
            return violations;
        };
    }
}
