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
rem Arguments pass through as typed; quote any that hold & ^ | < > (cmd reads %* a second time).
setlocal EnableExtensions DisableDelayedExpansion

set "JAR=%~dp0..\lib\soc-audit.jar"

rem JAVA_HOME may have been set with quotes of its own.
if defined JAVA_HOME set "JAVA_HOME=%JAVA_HOME:"=%"
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

rem The version: the third word of the line of 'java -version' that starts "openjdk version" or
rem "java version", such as "17.0.15" or "1.8.0_392". 'call' first, so that cmd does not strip
rem the quotes around the path.
set "VERSION="
for /f "tokens=3" %%V in ('call "%JAVA%" -version 2^>^&1 ^| findstr /i /b /c:"openjdk version" /c:"java version"') do if not defined VERSION set "VERSION=%%~V"
if not defined VERSION set "VERSION=unknown"
set "MAJOR=0"
set "MINOR=0"
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
rem The user's own class-sharing options win: the launcher keeps out of their way.
if not defined JAVA_OPTS goto :no_own_options
echo.%JAVA_OPTS%| findstr /i /c:"Xshare:off" /c:"SharedArchiveFile" /c:"ArchiveClassesAtExit" >nul && goto :plain
:no_own_options

rem The archive is keyed by the Java (version and the size of java.exe) and the jar (size and time).
for %%F in ("%JAR%") do set "JAR_STAMP=%%~zF-%%~tF"
for %%F in ("%JAVA%") do set "JAVA_SIZE=%%~zF"
set "JAR_STAMP=%JAR_STAMP:/=-%"
set "JAR_STAMP=%JAR_STAMP::=-%"
set "JAR_STAMP=%JAR_STAMP: =_%"
set "CACHE=%LOCALAPPDATA%\soc-audit"
set "ARCHIVE=%CACHE%\soc-audit-%VERSION%-%JAVA_SIZE%-%JAR_STAMP%.jsa"
if not exist "%ARCHIVE%" goto :first_run
"%JAVA%" %QUIET% "-XX:SharedArchiveFile=%ARCHIVE%" %TUNING% %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:first_run
if exist "%ARCHIVE%.off" goto :plain
if not exist "%CACHE%\" mkdir "%CACHE%" 2>nul
if not exist "%CACHE%\" goto :plain
rem A Java without a base archive (a jlink image, or -Xshare:off in JAVA_OPTS) cannot record one.
"%JAVA%" -Xshare:on %QUIET% %JAVA_OPTS% -version >nul 2>nul
if not errorlevel 1 goto :record
type nul > "%ARCHIVE%.off" 2>nul
goto :plain
:record
rem Record the archive in a folder of this run's own (mkdir fails if another run took the name),
rem and move it into place only if it maps, since a half-written archive crashes Java.
set /a TRIES=0
:pick_folder
set /a TRIES+=1
if %TRIES% GTR 20 goto :plain
set "WORK=%CACHE%\run-%RANDOM%-%RANDOM%-%TRIES%"
mkdir "%WORK%" 2>nul || goto :pick_folder
set "PARTIAL=%WORK%\soc-audit.jsa"
"%JAVA%" %QUIET% "-XX:ArchiveClassesAtExit=%PARTIAL%" %TUNING% %JAVA_OPTS% -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
if not exist "%PARTIAL%" goto :first_done
"%JAVA%" -Xshare:on %QUIET% "-XX:SharedArchiveFile=%PARTIAL%" -cp "%JAR%" -version >nul 2>nul
if errorlevel 1 goto :first_done
move /y "%PARTIAL%" "%ARCHIVE%" >nul 2>nul
:first_done
rmdir /s /q "%WORK%" >nul 2>nul
exit /b %STATUS%

:plain
"%JAVA%" %TUNING% %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
