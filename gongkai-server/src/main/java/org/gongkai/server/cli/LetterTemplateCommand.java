package org.gongkai.server.cli;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.letter.LetterTemplate;
import org.gongkai.letter.LetterType;
import org.gongkai.letter.TemplateException;
import org.gongkai.server.documents.LetterTemplateService;
import org.gongkai.server.security.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai letter template list|show|set}: an agency's letter templates in the database. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "管理数据库中各机关的文书模板（数据库由 SPRING_DATASOURCE_URL 等环境变量指定）。",
        subcommands = {LetterTemplateCommand.ListTemplates.class, LetterTemplateCommand.Show.class,
            LetterTemplateCommand.Set.class})
final class LetterTemplateCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The agency a subcommand works on, checked against the database. */
    static final class AgencyOption {

        @Option(names = "--agency", required = true, paramLabel = "CODE", description = "机关代码")
        String code;

        String in(Workspace workspace) {
            if (workspace.assembly.agencyDirectory.find(code).isEmpty()) {
                throw new BadInputException("--agency：数据库中没有代码为“" + code + "”的机关");
            }
            return code;
        }
    }

    /** The letter type a subcommand works on. */
    static final class TypeOption {

        @Option(names = "--type", required = true, paramLabel = "TYPE", description = "模板标识，如 receipt、reply.DISCLOSED")
        String id;

        LetterType get() {
            return LetterType.byId(id).orElseThrow(() -> new BadInputException("--type：没有名为“" + id
                    + "”的文书模板；用 gongkai letter template list 查看全部模板标识"));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "列出每种文书的现行模板版本。")
    static final class ListTemplates implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        AgencyOption agency;

        @Override
        public Integer call() {
            try (Workspace workspace = Workspace.open()) {
                for (LetterTemplateService.InForce t : workspace.assembly.letterTemplates.inForce(agency.in(workspace))) {
                    spec.commandLine().getOut().printf("%s\t%s\t%s%s%n", t.type().id(), t.type().label(),
                            t.ref().describe(), t.ref().agencyCode().isPresent() && t.sameAsDefault() ? "（与默认模板相同）" : "");
                }
            }
            return 0;
        }
    }

    /** Without the standard {@code --version} (the program's), which here names a template version. */
    @Command(name = "show", description = "打印一种文书的现行模板文本，或本机关保存的某一版本。")
    static final class Show implements Callable<Integer> {

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示本帮助并退出。")
        boolean help;

        @Spec
        CommandSpec spec;

        @Mixin
        AgencyOption agency;

        @Mixin
        TypeOption type;

        @Option(names = "--version", paramLabel = "N", description = "本机关保存的版本号；默认为现行版本")
        Integer version;

        @Override
        public Integer call() {
            LetterType letterType = type.get();
            try (Workspace workspace = Workspace.open()) {
                String code = agency.in(workspace);
                LetterTemplateService templates = workspace.assembly.letterTemplates;
                LetterTemplate template = version == null ? templates.current(code, letterType)
                        : templates.version(code, letterType, version).orElseThrow(() -> new BadInputException(
                                "--version：" + code + " 没有模板“" + type.id + "”的第" + version + "版"));
                spec.commandLine().getOut().print(template.source());
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "检查文件中的模板文本，并保存为本机关该模板的新版本（记入审计日志）；模板有误时不保存。")
    static final class Set implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        AgencyOption agency;

        @Mixin
        TypeOption type;

        @Option(names = "--file", required = true, paramLabel = "FILE", description = "模板文本文件（UTF-8）")
        Path file;

        @Override
        public Integer call() throws IOException {
            LetterType letterType = type.get();
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new BadInputException("--file：找不到文件 " + file);
            } catch (MalformedInputException e) {
                throw new BadInputException("--file：" + file + " 不是 UTF-8 编码的文本");
            }
            try (Workspace workspace = Workspace.open()) {
                LetterTemplate saved = workspace.assembly.letterTemplates.save(Actor.system("letter-template"),
                        agency.in(workspace), letterType, text);
                spec.commandLine().getOut().printf("已保存为%s。%n", saved.ref().describe());
            } catch (TemplateException e) {
                throw new BadInputException(file + "：" + e.getMessage(), e);
            }
            return 0;
        }
    }
}
