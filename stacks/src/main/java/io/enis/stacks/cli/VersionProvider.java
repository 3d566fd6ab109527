package io.enis.stacks.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the product version and the cdktf and AWS provider versions it was built with. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties versions = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                versions.load(in);
            }
        }
        return new String[] {
            "infra " + versions.getProperty("version", "unknown"),
            "cdktf " + versions.getProperty("cdktf", "unknown") + ", AWS provider "
                    + versions.getProperty("aws-provider", "unknown"),
        };
    }
}
