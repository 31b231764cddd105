using IopFinder.Web.Manage.Audit;
using IopFinder.Web.Manage.Claims;
using IopFinder.Web.Manage.Confirming;
using IopFinder.Web.Manage.Data;
using IopFinder.Web.Manage.Mail;
using IopFinder.Web.Manage.Reminders;
using IopFinder.Web.Manage.Review;
using IopFinder.Web.Manage.SignIn;
using IopFinder.Web.Shared.Catalogs;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using MimeKit;

namespace IopFinder.Web.Manage;

/// <summary>The staff portal's services: database, data-protection keys, mail, the cookie under <c>/manage</c>, and who may open which page.</summary>
public static class StaffPortalSetup
{
    public const string MaintainerPolicy = "Maintainer";

    private const string DataProtectionHostedService = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    public static IServiceCollection AddStaffPortal(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<StaffOptions>().Bind(configuration.GetSection(StaffOptions.Section))
            .Validate(o => o.Maintainers.All(m => StaffAddress.Normalize(m) is not null), "Staff:Maintainers must list e-mail addresses.")
            .ValidateOnStart();
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section)).ValidateDataAnnotations()
            .Validate(o => MailboxAddress.TryParse(o.From, out _), "Mail:From must be an e-mail address.")
            .ValidateOnStart();
        var usesSmtp = configuration.GetSection(MailOptions.Section).Get<MailOptions>()?.UsesSmtp == true;
        if (usesSmtp) services.AddSingleton<IMailSender, SmtpMailSender>();
        else services.AddSingleton<IMailSender, PickupMailSender>();
        services.AddHostedService<MailStartupNote>();

        services.AddStaffDatabase(configuration, environment);
        services.AddDataProtection().SetApplicationName("IopFinder").PersistKeysToDbContext<StaffDb>();
        services.AddHttpContextAccessor();

        services.AddAuthentication(StaffPrincipal.Scheme).AddCookie(StaffPrincipal.Scheme, cookie =>
        {
            cookie.Cookie.Name = "iopfinder-staff";
            cookie.Cookie.Path = PortalResponseMiddleware.PathPrefix;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = StaffSessions.Lifetime;
            cookie.SlidingExpiration = false;
            cookie.LoginPath = "/manage/sign-in";
            cookie.AccessDeniedPath = "/manage/denied";
            cookie.EventsType = typeof(SessionValidation);
        });
        services.AddScoped<SessionValidation>();
        services.AddAuthorizationBuilder().AddPolicy(MaintainerPolicy, policy => policy.RequireAuthenticatedUser()
            .RequireAssertion(context => StaffPrincipal.EmailOf(context.User) is { } email
                && context.Resource is HttpContext http && http.RequestServices.GetRequiredService<IListingAccess>().IsMaintainer(email)));
        services.AddAntiforgery(antiforgery =>
        {
            // Only portal pages make tokens; the cookie stays under /manage like the session's.
            antiforgery.Cookie.Name = "iopfinder-staff-af";
            antiforgery.Cookie.Path = PortalResponseMiddleware.PathPrefix;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddScoped<CurrentPerson>();
        services.AddScoped<PortalLinks>();
        services.AddScoped<StaffMail>();
        services.AddScoped<SignInService>();
        services.AddScoped<StaffSessions>();
        services.AddScoped<PortalSignIn>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<IListingAccess, ListingAccess>();
        services.AddScoped<EditorGrants>();
        services.AddScoped<ClaimService>();
        services.AddScoped<ReviewQueue>();
        services.AddScoped<IReviewKind, ClaimReviewKind>();
        services.AddScoped<ReviewedListingWriter>();
        services.AddScoped<IReviewKind, ChangeReviewKind>();
        services.AddScoped<IReviewKind, NewProgramReviewKind>();
        services.AddSingleton<ICorrectionInbox, QueuedCorrections>();
        services.AddScoped<ConfirmationService>();
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.Section))
            .Validate(o => o.Interval > TimeSpan.Zero, "Reminders:Interval must be positive.").ValidateOnStart();
        services.AddScoped<ConfirmationReminders>();
        services.AddHostedService<ConfirmationReminderService>();
        return services;
    }

    /// <summary>
    /// Data protection's hosted service reads the key ring before the server starts, which would open the staff
    /// database at start; without it the keys are read the first time a portal cookie or form needs them. Called
    /// after every registration, since antiforgery, cookies and MVC each add data protection (and the service) again.
    /// </summary>
    public static IServiceCollection ReadProtectionKeysOnFirstUse(this IServiceCollection services)
    {
        foreach (var preload in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.FullName == DataProtectionHostedService).ToList())
        {
            services.Remove(preload);
        }
        return services;
    }

    /// <summary>Before routing: the staff database migrated on the first portal request, and "try again shortly" while it is away.</summary>
    public static IApplicationBuilder UseStaffDatabaseOnDemand(this IApplicationBuilder app) => app.UseMiddleware<PortalAvailabilityMiddleware>();

    /// <summary>After routing: portal responses unstored and uncompressed, then who is signed in and what they may open.</summary>
    public static IApplicationBuilder UseStaffPortal(this IApplicationBuilder app)
    {
        app.UseMiddleware<PortalResponseMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
