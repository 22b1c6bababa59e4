package org.gongkai.server.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.gongkai.server.agencies.AgencyProfile;
import org.gongkai.server.agencies.AgencyProfileService;
import org.gongkai.server.agencies.InvalidProfileException;
import org.gongkai.server.agencies.ProfileField;
import org.gongkai.server.security.Actor;
import org.gongkai.server.store.ConflictException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai agency show|set}: an agency's name and profile (its guide's contacts, review body and court), in the database. */
@Command(name = "agency", mixinStandardHelpOptions = true,
        description = "机关的机构信息（政府信息公开指南和告知书所载的机关名称、联系方式、行政复议机关、管辖法院），存于数据库。"
                + "数据库由 SPRING_DATASOURCE_URL 等环境变量指定。",
        subcommands = {AgencyCommand.Add.class, AgencyCommand.Show.class, AgencyCommand.Set.class})
final class AgencyCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command-line option of {@code field}: {@code officeHours} is {@code --office-hours}. */
    static String option(ProfileField field) {
        return "--" + field.property().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "添加机关（记入审计日志），随后用 gongkai user add 为其添加第一个管理员。")
    static final class Add implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--code", required = true, paramLabel = "CODE", description = "机关代码")
        String code;

        @Option(names = "--name", required = true, paramLabel = "TEXT", description = "机关名称（全称）")
        String name;

        @Option(names = "--parent", paramLabel = "CODE", description = "上级机关的代码（选填）")
        String parent;

        @Override
        public Integer call() {
            UserCommand.inWorkspace(w -> {
                w.assembly.accounts.addAgency(Actor.system("agency-cli"), code, name, Optional.ofNullable(parent));
                return null;
            });
            spec.commandLine().getOut().printf("已添加机关 %s（%s）。%n", code, name.strip()).flush();
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "打印机关的机构信息，以及告知书中的联系方式一行。")
    static final class Show implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        LetterTemplateCommand.AgencyOption agency;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace workspace = Workspace.open()) {
                AgencyProfileService.Current current = workspace.assembly.agencyProfileService.current(agency.in(workspace));
                out.printf("机关代码：%s%n", current.agency().code());
                if (current.profile().isEmpty()) {
                    out.println("尚未填写机构信息。");
                }
                Map<ProfileField, String> values = current.values();
                for (ProfileField f : ProfileField.values()) {
                    out.printf("%s（%s）：%s%n", f.label(), option(f), values.get(f).isEmpty() ? "（未填写）" : values.get(f));
                }
                out.printf("告知书中的联系方式：%s%n",
                        AgencyProfile.letterhead(current.agency().name(), current.profile()).contact());
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "修改机关的机构信息：只改所给的项目，其余保持不变（记入审计日志）；有误时不保存。"
                    + "选填项目给空值（\"\"）即清除；行政复议机关和管辖法院清除后，文书使用条例的通用表述。")
    static final class Set implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        LetterTemplateCommand.AgencyOption agency;

        @Option(names = "--name", paramLabel = "TEXT", description = "机关名称（全称）")
        String name;

        @Option(names = "--office", paramLabel = "TEXT", description = "工作机构名称")
        String office;

        @Option(names = "--address", paramLabel = "TEXT", description = "办公地址")
        String address;

        @Option(names = "--postcode", paramLabel = "NNNNNN", description = "邮政编码（6 位数字）")
        String postcode;

        @Option(names = "--phone", paramLabel = "TEXT", description = "联系电话，如 010-12345678")
        String phone;

        @Option(names = "--email", paramLabel = "TEXT", description = "电子邮箱（选填）")
        String email;

        @Option(names = "--office-hours", paramLabel = "TEXT", description = "办公时间")
        String officeHours;

        @Option(names = "--review-body", paramLabel = "TEXT", description = "行政复议机关（选填）")
        String reviewBody;

        @Option(names = "--court", paramLabel = "TEXT", description = "行政诉讼的管辖法院（选填）")
        String court;

        @Override
        public Integer call() {
            Map<ProfileField, String> given = given();
            if (given.isEmpty()) {
                throw new BadInputException("请至少给出一项要修改的信息，如 --address 或 --office-hours");
            }
            AgencyProfileService.Saved saved;
            try (Workspace workspace = Workspace.open()) {
                String code = agency.in(workspace);
                AgencyProfileService profiles = workspace.assembly.agencyProfileService;
                AgencyProfileService.Current current = profiles.current(code);
                Map<ProfileField, String> values = current.values();
                values.putAll(given);
                saved = profiles.save(Actor.system("agency-profile"), code, values, current.version());
            } catch (InvalidProfileException e) {
                throw new BadInputException(e.problems().entrySet().stream()
                        .map(p -> option(p.getKey()) + "：" + p.getValue()).collect(Collectors.joining("")), e);
            } catch (ConflictException e) {
                throw new BadInputException(e.getMessage(), e);
            }
            spec.commandLine().getOut().println(saved.changed().isEmpty() ? "内容与现行信息相同，没有修改。"
                    : "已保存，修改了：" + saved.changed().stream().map(ProfileField::label).collect(Collectors.joining("、"))
                            + "。");
            spec.commandLine().getOut().flush();
            return 0;
        }

        private Map<ProfileField, String> given() {
            Map<ProfileField, String> given = new EnumMap<>(ProfileField.class);
            put(given, ProfileField.NAME, name);
            put(given, ProfileField.OFFICE, office);
            put(given, ProfileField.ADDRESS, address);
            put(given, ProfileField.POSTCODE, postcode);
            put(given, ProfileField.PHONE, phone);
            put(given, ProfileField.EMAIL, email);
            put(given, ProfileField.OFFICE_HOURS, officeHours);
            put(given, ProfileField.REVIEW_BODY, reviewBody);
            put(given, ProfileField.COURT, court);
            return given;
        }

        private static void put(Map<ProfileField, String> given, ProfileField field, String value) {
            if (value != null) {
                given.put(field, value);
            }
        }
    }
}
