package org.gongkai.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gongkai catalogue}: the 主动公开目录's subcommands; alone it prints their list. */
@Command(
        name = "catalogue",
        mixinStandardHelpOptions = true,
        description = "主动公开目录：重建检索索引，导出和导入归档包。",
        subcommands = {CatalogueReindexCommand.class, CatalogueExportCommand.class, CatalogueImportCommand.class})
final class CatalogueCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
