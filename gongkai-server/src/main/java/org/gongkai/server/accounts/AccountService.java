package org.gongkai.server.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gongkai.agency.Agency;
import org.gongkai.server.agencies.AgencyRepository;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creating and changing staff accounts. An agency's 管理员 manages its own agency's accounts; the platform's
 * 系统管理员 (and the command line, acting as the system) any agency's, and creates other 系统管理员. Every change
 * is written to the audit log in the same transaction; passwords are stored only as the encoder's hash.
 */
public final class AccountService {

    private static final Pattern AGENCY_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Set<Role> AGENCY_ROLES = EnumSet.complementOf(EnumSet.of(Role.SYSTEM_ADMIN));

    private final AccountRepository accounts;
    private final AgencyRepository agencies;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    public AccountService(AccountRepository accounts, AgencyRepository agencies, PasswordEncoder encoder,
            PasswordPolicy policy, AuditLog audit, TransactionTemplate tx) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.tx = tx;
    }

    /** A new or reset account: its one-time password, present only when none was given. */
    public record Issued(String username, Optional<String> oneTimePassword) {
    }

    /**
     * Add an account to {@code agency}. Without a password it gets a one-time password, which it must
     * change at its first login; a given password must satisfy the {@link PasswordPolicy}.
     */
    public Issued add(Actor performer, String agency, String username, String displayName, Set<Role> roles,
            Optional<String> password) {
        requireManager(performer, agency);
        checkRoles(roles);
        return create(performer, new StaffAccount(username, displayName(displayName, username), agency, roles, false,
                password.isEmpty()), password);
    }

    /** Add a 系统管理员, who belongs to no agency. Only the system itself or another 系统管理员 may. */
    public Issued addSystemAdmin(Actor performer, String username, String displayName, Optional<String> password) {
        requireSystem(performer, "只有系统管理员可以添加系统管理员。");
        return create(performer, new StaffAccount(username, displayName(displayName, username), null,
                Set.of(Role.SYSTEM_ADMIN), false, password.isEmpty()), password);
    }

    /**
     * Add an agency (under {@code parent}, if given), for the 系统管理员 to give it its first 管理员 next. Only
     * the system itself or a 系统管理员 may.
     */
    public void addAgency(Actor performer, String code, String name, Optional<String> parent) {
        requireSystem(performer, "只有系统管理员可以添加机关。");
        if (!AGENCY_CODE.matcher(code).matches()) {
            throw new AccountException("机关代码只能由字母、数字和 . _ - 组成，以字母或数字开头，最多 64 个字符。");
        }
        if (name.isBlank() || name.strip().length() > 200) {
            throw new AccountException("请填写机关名称（最多 200 个字符）。");
        }
        tx.executeWithoutResult(status -> {
            if (agencies.find(code).isPresent()) {
                throw new AccountException("机关代码“" + code + "”已被使用。");
            }
            parent.filter(p -> agencies.find(p).isEmpty()).ifPresent(p -> {
                throw new AccountException("数据库中没有代码为“" + p + "”的上级机关。");
            });
            agencies.insert(new Agency(code, name.strip(), parent));
            audit.append(performer.username(), "AGENCY_ADDED", "agency:" + code,
                    name.strip() + parent.map(p -> "；上级机关 " + p).orElse(""));
        });
    }

    /** Return the agency's accounts by user name. */
    public List<StaffAccount> list(Actor performer, String agency) {
        requireManager(performer, agency);
        return accounts.ofAgency(agency);
    }

    /** Give an account of the agency other roles. */
    public void setRoles(Actor performer, String agency, String username, Set<Role> roles) {
        checkRoles(roles);
        tx.executeWithoutResult(status -> {
            StaffAccount account = existing(performer, agency, username);
            if (account.roles().equals(roles)) {
                return;
            }
            if (username.equals(performer.username()) && !roles.contains(Role.ADMIN)) {
                throw new AccountException("不能取消自己的管理员角色。");
            }
            accounts.setRoles(username, roles);
            audit.append(performer.username(), "USER_ROLES_CHANGED", subject(username),
                    labels(account.roles()) + " → " + labels(roles));
        });
    }

    /** Stop an account from signing in (its records and history stay), or let it sign in again. */
    public void setDisabled(Actor performer, String agency, String username, boolean disabled) {
        tx.executeWithoutResult(status -> {
            StaffAccount account = existing(performer, agency, username);
            if (disabled && username.equals(performer.username())) {
                throw new AccountException("不能停用自己的账户。");
            }
            if (account.disabled() == disabled) {
                throw new AccountException("账户“" + username + "”已经" + (disabled ? "停用" : "启用") + "。");
            }
            accounts.setDisabled(username, disabled);
            audit.append(performer.username(), disabled ? "USER_DISABLED" : "USER_ENABLED", subject(username), "");
        });
    }

    /** Give an account a new one-time password, which it must change at its next login. */
    public Issued resetPassword(Actor performer, String agency, String username) {
        return tx.execute(status -> {
            existing(performer, agency, username);
            String oneTime = policy.oneTime();
            accounts.setPassword(username, encoder.encode(oneTime), true);
            audit.append(performer.username(), "USER_PASSWORD_RESET", subject(username), "");
            return new Issued(username, Optional.of(oneTime));
        });
    }

    /** Change one's own password: the current one must match, the new one satisfy the policy and differ. */
    public void changeOwnPassword(String username, String current, String chosen) {
        tx.executeWithoutResult(status -> {
            accounts.lock(username).orElseThrow(() -> new AccountException("没有用户名为“" + username + "”的账户。"));
            String hash = accounts.passwordHash(username).orElse(null);
            if (hash == null || !encoder.matches(current, hash)) {
                throw new AccountException("当前密码不正确。");
            }
            if (current.equals(chosen)) {
                throw new AccountException("新密码不能与当前密码相同。");
            }
            PasswordPolicy.problem(chosen).ifPresent(p -> {
                throw new AccountException(p);
            });
            accounts.setPassword(username, encoder.encode(chosen), false);
            audit.append(username, "USER_PASSWORD_CHANGED", subject(username), "");
        });
    }

    private Issued create(Actor performer, StaffAccount account, Optional<String> password) {
        if (!USERNAME.matcher(account.username()).matches()) {
            throw new AccountException("用户名只能由小写字母、数字和 . _ - 组成，以字母或数字开头，长度 2 至 64 个字符。");
        }
        if (account.displayName().length() > 100) {
            throw new AccountException("姓名最多 100 个字符。");
        }
        password.flatMap(PasswordPolicy::problem).ifPresent(p -> {
            throw new AccountException(p);
        });
        String chosen = password.orElseGet(policy::oneTime);
        return tx.execute(status -> {
            if (account.agency() != null && agencies.find(account.agency()).isEmpty()) {
                throw new AccountException("数据库中没有代码为“" + account.agency() + "”的机关。");
            }
            if (accounts.exists(account.username())) {
                throw new AccountException("用户名“" + account.username() + "”已被使用。");
            }
            accounts.insert(account, encoder.encode(chosen));
            audit.append(performer.username(), "USER_ADDED", subject(account.username()),
                    (account.agency() == null ? "" : "机关 " + account.agency() + "；") + "角色 " + labels(account.roles()));
            return new Issued(account.username(), password.isEmpty() ? Optional.of(chosen) : Optional.empty());
        });
    }

    private StaffAccount existing(Actor performer, String agency, String username) {
        requireManager(performer, agency);
        return accounts.lock(username).filter(a -> agency.equals(a.agency())).orElseThrow(
                () -> new AccountException("机关 " + agency + " 没有用户名为“" + username + "”的账户。"));
    }

    private static void requireManager(Actor performer, String agency) {
        boolean system = performer.agency() == null
                && performer.hasAny(EnumSet.of(Role.SYSTEM_ADMIN, Role.ADMIN));
        boolean ownAdmin = agency.equals(performer.agency()) && performer.roles().contains(Role.ADMIN);
        if (!system && !ownAdmin) {
            throw new AccountException("只有本机关的管理员或系统管理员可以管理机关 " + agency + " 的账户。");
        }
    }

    private static void requireSystem(Actor performer, String refusal) {
        if (performer.agency() != null || !performer.hasAny(EnumSet.of(Role.SYSTEM_ADMIN, Role.ADMIN))) {
            throw new AccountException(refusal);
        }
    }

    private static void checkRoles(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new AccountException("请至少给账户一个角色。");
        }
        if (!AGENCY_ROLES.containsAll(roles)) {
            throw new AccountException("系统管理员不属于任何机关，请用 --system-admin 添加。");
        }
    }

    private static String displayName(String given, String username) {
        return given == null || given.isBlank() ? username : given.strip();
    }

    private static String subject(String username) {
        return "user:" + username;
    }

    private static String labels(Set<Role> roles) {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining("、"));
    }
}
