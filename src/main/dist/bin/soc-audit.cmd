@echo off
rem soc-audit.cmd: runs the SOC Audit Toolkit (lib\soc-audit.jar beside this folder) on Windows with
rem the Java options that measured best, as bin/soc-audit does on Linux and macOS.
rem
rem Java: %JAVA_HOME%\bin\java.exe if JAVA_HOME is set, else the first java.exe on the PATH; 17 or
rem later is needed. Start-up: the first run for a given toolkit and Java records the classes it
rem loads into a class-data-sharing archive under %LOCALAPPDATA%\soc-audit; later runs map it. An
rem archive that does not match is ignored by Java without a word. SOC_AUDIT_CDS=off turns it off.
rem The parallel collector is used (it finishes big ledgers sooner); JAVA_OPTS are added last.
rem
rem Written without delayed expansion (it would eat '!' in arguments) and without variables inside
rem parenthesised blocks (a ')' in a path such as "Program Files (x86)" would end the block).
setlocal EnableExtensions DisableDelayedExpansion

set "JAR=%~dp0..\lib\soc-audit.jar"

set "JAVA="
if not defined JAVA_HOME goto :java_on_path
if not exist "%JAVA_HOME%\bin\java.exe" goto :java_on_path
set "JAVA=%JAVA_HOME%\bin\java.exe"
goto :have_java
:java_on_path
for %%J in (java.exe) do set "JAVA=%%~$PATH:J"
if defined JAVA goto :have_java
echo soc-audit: Java 17 or later is needed, and none was found: install it, or set JAVA_HOME 1>&2
exit /b 1
:have_java

rem The version: the third word of the line of 'java -version' that says version, such as "17.0.15"
rem or "1.8.0_392". 'call' first, so that cmd does not strip the quotes around the path.
set "VERSION="
for /f "tokens=3" %%V in ('call "%JAVA%" -version 2^>^&1 ^| findstr /i /c:"version"') do if not defined VERSION set "VERSION=%%~V"
set "MAJOR=0"
for /f "tokens=1,2 delims=.-_+" %%A in ("%VERSION%") do set "MAJOR=%%A" & set "MINOR=%%B"
if "%MAJOR%"=="1" set "MAJOR=%MINOR%"
if %MAJOR% GEQ 17 goto :version_ok
echo soc-audit: Java 17 or later is needed; "%JAVA%" is Java %VERSION%. 1>&2
echo soc-audit: install Java 17 or later, or set JAVA_HOME to one. 1>&2
exit /b 1
:version_ok

set "QUIET=-Xlog:cds=off -Xlog:cds+dynamic=off"
set "TUNING=-XX:+UseParallelGC"
if /i "%SOC_AUDIT_CDS%"=="off" goto :plain
if not defined LOCALAPPDATA goto :plain

rem The archive is keyed by the Java version and the jar's size.
for %%F in ("%JAR%") do set "JAR_SIZE=%%~zF"
set "CACHE=%LOCALAPPDATA%\soc-audit"
set "ARCHIVE=%CACHE%\soc-audit-%VERSION%-%JAR_SIZE%.jsa"
if not exist "%ARCHIVE%" goto :first_run
"%JAVA%" %QUIET% "-XX:SharedArchiveFile=%ARCHIVE%" %TUNING% %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:first_run
if not exist "%CACHE%\" mkdir "%CACHE%" 2>nul
if not exist "%CACHE%\" goto :plain
rem Record the archive under a name of this run's own, then move it into place, so that no run ever
rem maps a half-written archive.
set "PARTIAL=%ARCHIVE%.%RANDOM%%RANDOM%.part"
"%JAVA%" %QUIET% "-XX:ArchiveClassesAtExit=%PARTIAL%" %TUNING% %JAVA_OPTS% -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
if exist "%PARTIAL%" move /y "%PARTIAL%" "%ARCHIVE%" >nul 2>nul
if exist "%PARTIAL%" del "%PARTIAL%" >nul 2>nul
exit /b %STATUS%

:plain
"%JAVA%" %TUNING% %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
