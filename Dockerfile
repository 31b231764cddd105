# Build with the SDK, run on the ASP.NET runtime as a non-root user, listening on 8080.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/IopFinder.Core/IopFinder.Core.csproj src/IopFinder.Core/
COPY src/IopFinder.Web/IopFinder.Web.csproj src/IopFinder.Web/
RUN dotnet restore src/IopFinder.Web/IopFinder.Web.csproj -r linux-x64
COPY src/ src/
COPY wwwroot/ wwwroot/
# ReadyToRun: compiled ahead of time, so a start spends its time loading the catalog, not in the JIT.
RUN dotnet publish src/IopFinder.Web/IopFinder.Web.csproj -c Release -r linux-x64 --self-contained false \
    -p:PublishReadyToRun=true -o /app --no-restore

# The full ASP.NET image, not Alpine or chiseled: it carries ICU, the culture data of the Spanish interface.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# git: portal edits are committed to the content clone and pushed to its remote (replicas, deploy/);
# curl: the container health check.
RUN apt-get update && apt-get install -y --no-install-recommends git curl ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
COPY content/ ./content/
COPY wwwroot/ ./wwwroot/
ENV ASPNETCORE_URLS=http://+:8080 \
    Catalog__ContentPath=/app/content \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
# The staff portal's SQLite file and, without Mail__Host, its .eml messages; mount a volume to keep them
# (or set ConnectionStrings__Staff to a PostgreSQL server).
RUN mkdir -p /app/App_Data /data && chown app:app /app/App_Data /data
VOLUME /app/App_Data
USER app
ENTRYPOINT ["dotnet", "IopFinder.Web.dll"]
