import { RegistryPanel } from '../../features/projects/registry/RegistryPanel.tsx';
import { useShell } from '../shell/ShellContext.ts';
import { Sidebar } from './Sidebar.tsx';

/** `/registry`: the driver projects, filtered (the filters are search parameters, shared with the map). */
export function RegistryPage() {
  const shell = useShell();
  const { sectors } = shell;
  return (
    <Sidebar view="projects">
      <RegistryPanel
        filter={shell.filter}
        onFilter={shell.patchFilter}
        sectors={sectors}
        provinces={shell.provinces.data}
        user={shell.user}
        canCreate={shell.canCreateProjects}
        onSelect={(p) => shell.nav.openProject(p.properties.id)}
        onNew={() => shell.projectEditor.startCreate(sectors[0]?.code ?? 'other')}
      />
    </Sidebar>
  );
}
