// What `require("jiti/package.json")` gives ESLint inside the bundle (see project-jiti.ts). A getter, so that a
// project that installs jiti later is found without restarting, and a missing one gives ESLint's own message.
import { projectJiti } from './project-jiti';

const packageJson = {
  get version(): string {
    return projectJiti().version;
  },
};

export = packageJson;
