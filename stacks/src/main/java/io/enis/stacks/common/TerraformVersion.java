package io.enis.stacks.common;

import com.hashicorp.cdktf.TerraformStack;

/**
 * The Terraform version every stack declares in {@code terraform { required_version }}: the version
 * the pipelines install ({@code terraform_version} of hashicorp/setup-terraform in
 * {@code .github/actions/setup/action.yml}; {@code TerraformVersionTest} keeps the two equal). The
 * constraint {@code ~> 1.9.8} admits that version and later 1.9 patches, so a local 1.9.x plans the
 * same stacks, and makes {@code terraform init} refuse an older or a 1.10+ binary instead of planning
 * with it.
 */
public final class TerraformVersion {
    /** The version the pipelines install. */
    public static final String PIPELINE = "1.9.8";
    /** The {@code required_version} of every stack. */
    public static final String CONSTRAINT = "~> " + PIPELINE;

    private TerraformVersion() {
    }

    /** Declares {@link #CONSTRAINT} as {@code stack}'s {@code terraform.required_version}. */
    public static void require(TerraformStack stack) {
        // cdktf 0.19 has no typed setter for the terraform block's required_version: the escape hatch
        stack.addOverride("terraform.required_version", CONSTRAINT);
    }
}
