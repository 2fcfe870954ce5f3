"""French quote probes: hand-written tiny articles with expected quotes and speakers.

Usage (from the repository root, after building the CLI in Release):
  python3 benchmarks/quality/french_probe.py benchmarks/quality/french-probes/probe3.md held \
      --cli src/NewsParsing.Cli/bin/Release/net10.0/newsparse.dll [-v]

Parses each probe with the CLI and prints a verdict per expectation that fails (all with -v)
and one TOTAL line. The format of a probe file is in french-probes/README.md.
"""
import sys,os,json,subprocess,re,unicodedata,tempfile,argparse
ap=argparse.ArgumentParser(description=__doc__,formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument('probe'); ap.add_argument('which',choices=['dev','held'])
ap.add_argument('--cli',default='src/NewsParsing.Cli/bin/Release/net10.0/newsparse.dll'); ap.add_argument('-v',action='store_true')
args=ap.parse_args(); dll,which,verbose=args.cli,args.which,args.v
src=open(args.probe,encoding='utf-8').read()
dev,held=src.split('## Held-out set')
part=dev.split('## Dev set')[1] if which=='dev' else held
FILL="Cette page rassemble les dernières informations disponibles sur les événements de la journée, qui seront complétées dans les prochaines heures au fil des nouvelles."
probes=[]
for blk in part.split('\n### ')[1:]:
    lines=blk.split('\n'); name=lines[0]
    exp=[l for l in lines[1:] if l.startswith('= ')]
    text='\n'.join(l for l in lines[1:] if not l.startswith('= ')).strip()
    probes.append((name,text,exp))
work=tempfile.mkdtemp(prefix='french-probe-'); d=os.path.join(work,'in'); o=os.path.join(work,'out'); os.makedirs(d)
for i,(n,t,e) in enumerate(probes):
    open(f'{d}/p{i:03d}.txt','w',encoding='utf-8').write("Les informations de la journée\n\n"+FILL+'\n\n'+t+'\n')
subprocess.run(['dotnet',dll,'parse',d,'--out',o,'--jobs','1'],capture_output=True,check=True)
def norm(s): return re.sub(r'\s+',' ',unicodedata.normalize('NFKC',(s or '')).replace('’',"'")).strip().lower()
def spk_ok(exp,got):
    if exp=='-': return True
    g=norm(got); e=norm(exp)
    return bool(g) and (g==e or re.search(r'(?<!\w)'+re.escape(e)+r'(?!\w)',g) is not None)
DK={'direct','partial','interview','mixed','blockquote'}
st=dict(D=0,Dfound=0,Dspk=0,Q=0,Qfound=0,I=0,Ifound=0,Ispk=0,N=0,Nhit=0,extraD=0,extraI=0)
for i,(n,t,e) in enumerate(probes):
    j=json.load(open(f'{o}/p{i:03d}.json',encoding='utf-8')); b=j['body']
    qs=[]
    for q in j.get('quotes',[]):
        x=b[q['paragraph']]; x=x['text'] if isinstance(x,dict) else x
        qs.append(dict(q,text=x[q['start']:q['start']+q['length']]))
    used=set(); out=[]
    for l in e:
        m=re.match(r'= (\w) "([^"]*)"(?: \| (.*))?',l); k,snip,spk=m.group(1),m.group(2),(m.group(3) or '').strip()
        cand=[ix for ix,q in enumerate(qs) if norm(snip) in norm(q['text'])]
        if k=='D':
            st['D']+=1; c=[ix for ix in cand if qs[ix]['kind'] in DK]
            if c:
                st['Dfound']+=1; used.update(c); ok=any(spk_ok(spk,qs[ix].get('speaker')) for ix in c); st['Dspk']+=ok
                v='ok' if ok else f"SPEAKER got {qs[c[0]].get('speaker')!r}"
            else: v='MISS'+(f" (as {qs[cand[0]]['kind']} {qs[cand[0]].get('speaker')!r})" if cand else '')
        elif k=='Q':
            st['Q']+=1; c=[ix for ix in cand if qs[ix]['kind']=='question']
            if c: st['Qfound']+=1; used.update(c); v='ok'
            else: v='MISS'+(f" (as {qs[cand[0]]['kind']})" if cand else '')
        elif k=='I':
            st['I']+=1; c=[ix for ix in cand if qs[ix]['kind']=='indirect']
            if c:
                st['Ifound']+=1; used.update(c); ok=any(spk_ok(spk,qs[ix].get('speaker')) for ix in c); st['Ispk']+=ok
                v='ok' if ok else f"SPEAKER got {qs[c[0]].get('speaker')!r}"
            else: v='MISS'+(f" (as {qs[cand[0]]['kind']} {qs[cand[0]].get('speaker')!r})" if cand else '')
        elif k=='N':
            st['N']+=1
            if cand: st['Nhit']+=1; used.update(cand); v=f"FALSE {qs[cand[0]]['kind']} {qs[cand[0]].get('speaker')!r}"
            else: v='ok'
        out.append(f"  {k} {snip[:35]!r:40} want {spk[:28]!r:30} {v}")
    extra=[q for ix,q in enumerate(qs) if ix not in used]
    for q in extra:
        st['extraD' if q['kind']!='indirect' else 'extraI']+=1
        out.append(f"  + extra {q['kind']} spk={q.get('speaker')!r} :: {q['text'][:70]!r}")
    bad=any(('ok' not in x.split()[-1:] and 'want' in x) or '+ extra' in x for x in out)
    if verbose or bad:
        print(f"{n}  [{j.get('language')}]"); print('\n'.join(out))
print(f"TOTAL {which}: direct found {st['Dfound']}/{st['D']}, speaker right {st['Dspk']}/{st['D']}; questions {st['Qfound']}/{st['Q']}; indirect found {st['Ifound']}/{st['I']}, speaker right {st['Ispk']}/{st['I']}; false (N hit) {st['Nhit']}/{st['N']}; extra reported direct-type {st['extraD']}, extra indirect {st['extraI']}")
import shutil; shutil.rmtree(work,ignore_errors=True)
