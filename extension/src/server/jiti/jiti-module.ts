// What `import("jiti")` gives ESLint inside the bundle (see project-jiti.ts).
import { projectJiti } from './project-jiti';

export function createJiti(id: string, options?: object): unknown {
  return projectJiti().module.createJiti(id, options);
}
