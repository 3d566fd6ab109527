package io.enis.stacks.common;

import com.hashicorp.cdktf.TerraformStack;

/**
 * The Terraform version every stack declares in {@code terraform { required_version }}: the version
 * the pipelines install ({@code terraform_version} of hashicorp/setup-terraform in
 * {@code .github/actions/setup/action.yml}; {@code TerraformVersionTest} keeps the two equal). The
 * constraint {@code >= 1.9.8, < 2.0.0} makes {@code terraform init} refuse an older binary (which may
 * not know what the stacks use) and admits every later 1.x, which Terraform's 1.x compatibility
 * promise covers: an operator's newer local Terraform plans the same stacks. (An earlier {@code ~>
 * 1.9.8} refused Terraform 1.10 and later outright, so {@code ./infra plan} failed on a machine with a
 * current Terraform.)
 */
public final class TerraformVersion {
    /** The version the pipelines install. */
    public static final String PIPELINE = "1.9.8";
    /** The {@code required_version} of every stack. */
    public static final String CONSTRAINT = ">= " + PIPELINE + ", < 2.0.0";

    private TerraformVersion() {}

    /** Declares {@link #CONSTRAINT} as {@code stack}'s {@code terraform.required_version}. */
    public static void require(TerraformStack stack) {
        // cdktf 0.19 has no typed setter for the terraform block's required_version: the escape hatch
        stack.addOverride("terraform.required_version", CONSTRAINT);
    }
}
