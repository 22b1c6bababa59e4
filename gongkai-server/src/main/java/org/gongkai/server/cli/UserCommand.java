package org.gongkai.server.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongkai.server.accounts.AccountException;
import org.gongkai.server.accounts.AccountService;
import org.gongkai.server.accounts.StaffAccount;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai user add|list|disable|enable|reset-password}: staff accounts, for scripts and the first start. */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "工作人员账户：添加、列出、停用、启用、重置密码（每项修改记入审计日志）。"
                + "数据库由 SPRING_DATASOURCE_URL 等环境变量指定。",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Disable.class,
                UserCommand.Enable.class, UserCommand.ResetPassword.class})
final class UserCommand implements Runnable {

    private static final Actor CLI = Actor.system("user-cli");

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The account a subcommand works on. */
    static final class Account {

        @Mixin
        LetterTemplateCommand.AgencyOption agency;

        @Option(names = "--name", required = true, paramLabel = "USERNAME", description = "用户名")
        String name;
    }

    /** Run {@code change} against the configured database; a refused change is bad input. */
    static <T> T inWorkspace(Function<Workspace, T> change) {
        try (Workspace workspace = Workspace.open()) {
            return change.apply(workspace);
        } catch (AccountException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    static void printOneTime(PrintWriter out, AccountService.Issued issued) {
        issued.oneTimePassword().ifPresent(p -> out.printf("一次性密码：%s（首次登录后须修改）%n", p));
        out.flush();
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "添加账户：机关的工作人员（--agency、--roles），或不属于任何机关的系统管理员（--system-admin）。"
                    + "不给 --password-stdin 时打印一次性密码，首次登录后须修改。")
    static final class Add implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Kind kind;

        @Option(names = "--name", required = true, paramLabel = "USERNAME", description = "用户名（小写字母、数字和 . _ -）")
        String name;

        @Option(names = "--display-name", paramLabel = "TEXT", description = "姓名（默认同用户名）")
        String displayName;

        @Option(names = "--password-stdin", description = "从标准输入读取密码（一行）")
        boolean passwordStdin;

        static final class Kind {
            @ArgGroup(exclusive = false)
            Staff staff;

            @Option(names = "--system-admin", required = true, description = "添加系统管理员")
            boolean systemAdmin;
        }

        static final class Staff {
            @Option(names = "--agency", required = true, paramLabel = "CODE", description = "机关代码")
            String agency;

            @Option(names = "--roles", required = true, paramLabel = "ROLE[,ROLE…]",
                    description = "角色：REGISTRAR（登记员）、HANDLER（承办人）、APPROVER（审批人）、ADMIN（管理员）、"
                            + "PUBLISHER（信息发布员）、SUPERVISOR（上级监督），用逗号分隔")
            String roles;
        }

        @Override
        public Integer call() {
            Optional<String> password = passwordStdin ? Optional.of(readPassword()) : Optional.empty();
            AccountService.Issued issued = inWorkspace(w -> kind.systemAdmin
                    ? w.assembly.accounts.addSystemAdmin(CLI, name, displayName, password)
                    : w.assembly.accounts.add(CLI, kind.staff.agency, name, displayName, roles(kind.staff.roles),
                            password));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("已添加账户 %s。%n", issued.username());
            printOneTime(out, issued);
            return 0;
        }

        private static String readPassword() {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new BadInputException("--password-stdin：标准输入中没有密码");
                }
                return line;
            } catch (IOException e) {
                throw new BadInputException("--password-stdin：无法读取标准输入", e);
            }
        }

        static Set<Role> roles(String given) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String part : given.split(",", -1)) {
                String name = part.strip();
                roles.add(Arrays.stream(Role.values()).filter(r -> r.name().equalsIgnoreCase(name) || r.label().equals(name))
                        .findFirst().orElseThrow(() -> new BadInputException("--roles：没有名为“" + name + "”的角色；可用的角色："
                                + Arrays.stream(Role.values()).filter(r -> r != Role.SYSTEM_ADMIN).map(Role::name)
                                        .collect(Collectors.joining("、")))));
            }
            return roles;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "列出机关的账户：用户名、姓名、角色、状态。")
    static final class ListUsers implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        LetterTemplateCommand.AgencyOption agency;

        @Override
        public Integer call() {
            List<StaffAccount> accounts = inWorkspace(w -> w.assembly.accounts.list(CLI, agency.in(w)));
            PrintWriter out = spec.commandLine().getOut();
            if (accounts.isEmpty()) {
                out.println("该机关还没有账户。");
            }
            for (StaffAccount a : accounts) {
                out.printf("%s\t%s\t%s\t%s%n", a.username(), a.displayName(),
                        a.roles().stream().sorted().map(Role::label).collect(Collectors.joining("、")),
                        a.disabled() ? "已停用" : a.mustChangePassword() ? "待修改一次性密码" : "正常");
            }
            out.flush();
            return 0;
        }
    }

    /** Disable or re-enable an account: the two commands differ only in the state they set. */
    abstract static class Switch implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Account account;

        private final boolean disabled;

        Switch(boolean disabled) {
            this.disabled = disabled;
        }

        @Override
        public Integer call() {
            inWorkspace(w -> {
                w.assembly.accounts.setDisabled(CLI, account.agency.in(w), account.name, disabled);
                return null;
            });
            spec.commandLine().getOut().printf("已%s账户 %s。%n", disabled ? "停用" : "启用", account.name).flush();
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "停用账户：不能再登录，其办理记录保留。")
    static final class Disable extends Switch {
        Disable() {
            super(true);
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "重新启用已停用的账户。")
    static final class Enable extends Switch {
        Enable() {
            super(false);
        }
    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true,
            description = "重置账户的密码：打印新的一次性密码，下次登录后须修改。")
    static final class ResetPassword implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Account account;

        @Override
        public Integer call() {
            AccountService.Issued issued = inWorkspace(
                    w -> w.assembly.accounts.resetPassword(CLI, account.agency.in(w), account.name));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("已重置账户 %s 的密码。%n", issued.username());
            printOneTime(out, issued);
            return 0;
        }
    }
}
