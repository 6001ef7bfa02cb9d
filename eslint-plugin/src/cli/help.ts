import { DEFAULT_IGNORED_FILE_GLOBS, DEFAULT_IGNORED_FOLDERS } from './default-ignores';
import { EXIT } from './exit-code';
import { LINTED_EXTENSIONS } from './source-kinds';
import { DEFAULT_TEST_FILES } from './test-files';

export const HELP = `Usage: keepalive-lint [paths...] [options]
       keepalive-lint --inventory [path] [--format json]

Finds HTTP client pools that keep idle connections longer than the server does
(ECONNRESET, "socket hang up") and servers that close before their load balancer.
Lints ${LINTED_EXTENSIONS.map((extension) => `.${extension}`).join(' ')} files under the paths (default: .).
Only keep-alive findings are reported: eslint-disable comments for other rules are
ignored, "eslint-disable keepalive/..." ones are honoured.

What the code talks to (flags win over --settings, which wins over the project's
eslint.config.* settings.keepalive):
  --servers <ids>          what the code's clients talk to, comma-separated (e.g. nginx,aws-alb);
                           "discovered": the servers the repository's config files configure
  --fronted-by <ids>       what sits in front of the code's servers (e.g. aws-alb, or discovered)
  --margin-ms <ms>         safety margin below a server's idle timeout (default 1000)
  --node <range>           Node.js versions the code runs on (default: engines.node)
  --java <range>           Java releases the code runs on (default: the build file's release)
  --go <range>             Go versions the code is built with (default: go.mod's go line)
  --settings <file.json>   settings in the schema of settings.keepalive, e.g.
                           {"servers": ["nginx", {"name": "billing-api", "idleTimeoutMs": 3000}]}
  --no-config              do not read settings.keepalive from the project's eslint.config.*
  --test-files <glob>      test files, where servers are not checked against --fronted-by
                           (repeatable; default: ${DEFAULT_TEST_FILES.join(' ')})
  --strict                 run every rule, not only the recommended ones

Which files:
  --ignore-pattern <glob>  skip matching files and folders, relative to the working folder (repeatable)
  --no-gitignore           also scan what .gitignore files exclude (respected by default, nested ones too)
  --no-default-ignores     also scan the folders skipped by default:
                           ${DEFAULT_IGNORED_FOLDERS.join(' ')}
                           and ${DEFAULT_IGNORED_FILE_GLOBS.join(' ')}

Output:
  -f, --format <name>      stylish (default, ends with a summary), json, json-with-metadata, html,
                           sarif (GitHub code scanning), an installed eslint-formatter-<name>
                           package, or a path to a formatter module
  -o, --output-file <path> write the report to a file instead of standard output
  --max-warnings <n>       exit 1 when there are more than n warnings
  --quiet                  report errors only
  --list-servers           print the known server defaults with their sources
  --inventory              print every idle timeout under the path, in code and in config files
                           (nginx, HAProxy, Envoy, Traefik, Caddy, Spring Boot, Terraform, Kubernetes,
                           Dockerfile, Procfile), and the unsafe pairs among them; --format json
  -h, --help               show this help
  -v, --version            print the version

Exit codes: ${EXIT.clean} no findings; ${EXIT.findings} findings, files that could not be parsed, or more
warnings than --max-warnings; ${EXIT.usage} usage or configuration error (a bad flag or settings
file, a path that matches no file to lint, a project config that cannot be loaded).`;
